# A text file next to the configuration; its SHA-256 is known at plan time.
resource "vertiform_file_content" "motd" {
  filename = "out/motd.txt"
  content  = "Welcome to ${terraform.workspace}!\n"
}

output "motd_sha256" {
  value = vertiform_file_content.motd.content_hash
}

# Adopt an existing file (Terraform 1.5+):
# import {
#   to = vertiform_file_content.motd
#   id = "out/motd.txt"
# }
