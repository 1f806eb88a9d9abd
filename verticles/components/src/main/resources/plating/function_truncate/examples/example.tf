output "preview" {
  value = provider::vertiform::truncate("Hello world", 8) # "Hello..."
}

output "custom_suffix" {
  value = provider::vertiform::truncate("Advanced Terraform Provider Development", 25, " [more]")
}
