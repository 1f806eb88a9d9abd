locals {
  inventory = jsonencode({
    items = [
      { name = "web", replicas = 3 },
      { name = "db", replicas = 1 },
    ]
  })
}

output "names" {
  value = provider::vertiform::lens_jq(local.inventory, "[.items[].name]") # ["web", "db"]
}

output "replicas" {
  value = provider::vertiform::lens_jq(local.inventory, "[.items[].replicas] | add") # 4
}
