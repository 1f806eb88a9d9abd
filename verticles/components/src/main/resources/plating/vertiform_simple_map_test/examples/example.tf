data "vertiform_simple_map_test" "example" {
  input_data = {
    greeting = "hello"
    target   = "world"
  }
}

output "processed" {
  value = data.vertiform_simple_map_test.example.processed_data # { greeting = "HELLO", target = "WORLD" }
}

output "hash" {
  value = data.vertiform_simple_map_test.example.data_hash
}
