output "rounded" {
  value = [
    provider::vertiform::round(3.14159, 2), # 3.14
    provider::vertiform::round(2.5),        # 2 (half to even)
    provider::vertiform::round(3.5),        # 4
    provider::vertiform::round(1250, -2),   # 1200
  ]
}
