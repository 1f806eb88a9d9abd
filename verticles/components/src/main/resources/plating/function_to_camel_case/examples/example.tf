output "camel" {
  value = provider::vertiform::to_camel_case("hello_world") # "helloWorld"
}

output "pascal" {
  value = provider::vertiform::to_camel_case("hello-world", true) # "HelloWorld"
}
