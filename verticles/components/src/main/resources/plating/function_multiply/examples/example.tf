output "product" {
  value = provider::vertiform::multiply(1.5, 4) # 6
}
