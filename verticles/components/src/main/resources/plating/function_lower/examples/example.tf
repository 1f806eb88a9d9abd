output "quiet" {
  value = provider::vertiform::lower("Hello, World") # "hello, world"
}
