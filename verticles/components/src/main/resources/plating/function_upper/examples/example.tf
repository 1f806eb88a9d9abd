output "shout" {
  value = provider::vertiform::upper("hello, world") # "HELLO, WORLD"
}
