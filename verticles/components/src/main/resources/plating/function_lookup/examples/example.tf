locals {
  sizes = { small = 1, large = 4 }
}

output "large" {
  value = provider::vertiform::lookup(local.sizes, "large") # 4
}

output "medium_or_default" {
  value = provider::vertiform::lookup(local.sizes, "medium", 2) # 2
}
