output "largest" {
  value = provider::vertiform::max([4, -3, 7]) # 7
}
