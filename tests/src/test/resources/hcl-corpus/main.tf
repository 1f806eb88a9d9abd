terraform {
  required_version = ">= 1.5.0"

  required_providers {
    vertiform = {
      source  = "vertiform/example"
      version = "~> 0.1"
    }
  }
}

provider "vertiform" {
  endpoint = "https://api.example.com/v1"
  retries  = 3
  timeouts {
    read = "30s"
  }
}

locals {
  environments = ["dev", "staging", "prod"]
  common_tags = {
    Owner      = "platform"
    CostCenter = 1234
    "managed-by" = "terraform"
  }
  name_prefix = "${var.project}-${terraform.workspace}"
  ports       = { for i, env in local.environments : env => 8080 + i }
  flat        = flatten([for env in local.environments : [for n in range(2) : "${env}-${n}"]])
  enabled     = var.enabled && length(local.environments) > 0 ? true : false
}

resource "vertiform_server" "web" {
  count = var.enabled ? 2 : 0

  name  = "${local.name_prefix}-web-${count.index}"
  image = data.vertiform_image.ubuntu.id
  tags  = merge(local.common_tags, { Role = "web" })

  network_interface {
    subnet_id = vertiform_subnet.main[count.index % 2].id
    ip        = cidrhost("10.0.0.0/24", count.index + 10)
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags["LastModified"]]
  }

  depends_on = [vertiform_subnet.main]
}

resource "vertiform_subnet" "main" {
  for_each = toset(local.environments)

  cidr = cidrsubnet("10.0.0.0/16", 8, index(local.environments, each.key))
  name = each.value
}

data "vertiform_image" "ubuntu" {
  family      = "ubuntu-2204"
  most_recent = true
}

output "web_ips" {
  value       = vertiform_server.web[*].network_interface[0].ip
  description = "Addresses of the web servers."
  sensitive   = false
}
