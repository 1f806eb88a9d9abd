output "sizes" {
  value = [
    provider::vertiform::format_size(512),           # "512 B"
    provider::vertiform::format_size(1536),          # "1.5 KB"
    provider::vertiform::format_size(1234567890, 2), # "1.15 GB"
  ]
}
