output "parts" {
  value = provider::vertiform::split(",", "a,,b") # ["a", "", "b"]
}
