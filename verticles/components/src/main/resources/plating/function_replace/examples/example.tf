output "greeting" {
  value = provider::vertiform::replace("hello world", "world", "there") # "hello there"
}
