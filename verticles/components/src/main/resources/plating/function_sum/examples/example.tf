output "total" {
  value = provider::vertiform::sum([0.1, 0.2, 0.3]) # 0.6
}
