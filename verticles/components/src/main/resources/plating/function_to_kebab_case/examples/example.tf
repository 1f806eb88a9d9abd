output "kebab" {
  value = provider::vertiform::to_kebab_case("HelloWorld") # "hello-world"
}
