data "vertiform_mixed_map_test" "example" {
  input_data = {
    name    = "service"
    port    = 8080
    enabled = true
    tags    = ["a", "b"]
  }
}

output "processed" {
  # { name = "SERVICE", port = 8081, enabled = true, tags = ["a", "b"] }
  value = data.vertiform_mixed_map_test.example.processed_data
}
