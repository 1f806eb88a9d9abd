output "difference" {
  value = provider::vertiform::subtract(10, 4.5) # 5.5
}
