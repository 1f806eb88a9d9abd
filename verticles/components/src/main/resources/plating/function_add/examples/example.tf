output "sum" {
  value = provider::vertiform::add(0.1, 0.2) # 0.3, exactly
}
