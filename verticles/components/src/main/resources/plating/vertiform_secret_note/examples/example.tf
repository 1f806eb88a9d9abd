# The secret is write-only (Terraform 1.11+): used during apply, never stored. Bump secret_version to re-apply it.
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "vertiform_secret_note" "api" {
  name           = "payments-api"
  secret_value   = var.api_key
  secret_version = "1"
}

output "api_key_sha256" {
  value = vertiform_secret_note.api.digest
}

# Import by identity (Terraform 1.12+) and generate its configuration with
# `terraform plan -generate-config-out=generated.tf`:
# import {
#   to       = vertiform_secret_note.imported
#   identity = { name = "payments-api" }
# }
