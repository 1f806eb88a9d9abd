output "smallest" {
  value = provider::vertiform::min([4, -3, 7]) # -3
}
