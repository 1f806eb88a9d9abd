# The README demo (`vertiform demo`): a directory and two files, written by the standard provider `vertiform`.
# `terraform apply -var greeting=Bonjour` is the update: both files change in place, the directory stays.

terraform {
  required_providers {
    vertiform = {
      # what `vertiform install` prints for the mirror it installs into
      source = "local/vertiform/vertiform"
    }
  }
}

variable "greeting" {
  type        = string
  default     = "Hello"
  description = "The first word of every file; change it to see an in-place update."
}

variable "audience" {
  type    = string
  default = "Terraform"
}

provider "vertiform" {}

resource "vertiform_local_directory" "site" {
  path        = "quickstart-output"
  permissions = "0755"
}

resource "vertiform_file_content" "hello" {
  filename = "${vertiform_local_directory.site.path}/hello.txt"
  content  = "${var.greeting}, ${var.audience}!\n"
}

resource "vertiform_file_content" "shout" {
  filename = "${vertiform_local_directory.site.path}/shout.txt"
  content  = "${upper(var.greeting)} FROM A JAVA PROVIDER\n"
}

output "hello_hash" {
  description = "SHA-256 of hello.txt, computed by the provider"
  value       = vertiform_file_content.hello.content_hash
}
