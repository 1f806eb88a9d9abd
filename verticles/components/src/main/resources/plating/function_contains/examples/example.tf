output "has_b" {
  value = provider::vertiform::contains(["a", "b"], "b") # true
}

output "bool_is_not_number" {
  value = provider::vertiform::contains([1, 2], true) # false
}
