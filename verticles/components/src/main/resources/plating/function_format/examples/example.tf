locals {
  service = "api"
  port    = 8443
}

output "endpoint" {
  # {} takes the next value, {0} a value by position; numbers and bools print as Terraform shows them.
  value = provider::vertiform::format("https://{}.example.com:{}", [local.service, local.port])
}

output "reordered" {
  value = provider::vertiform::format("{1}/{0}", ["b", "a"]) # "a/b"
}
