output "quotient" {
  value = provider::vertiform::divide(10, 4) # 2.5; dividing by zero is an error on the second argument
}
