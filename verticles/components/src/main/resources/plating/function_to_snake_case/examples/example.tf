output "snake" {
  value = provider::vertiform::to_snake_case("HelloWorld") # "hello_world"
}
