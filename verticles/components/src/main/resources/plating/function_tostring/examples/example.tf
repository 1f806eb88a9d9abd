output "texts" {
  value = [
    provider::vertiform::tostring(42),         # "42"
    provider::vertiform::tostring(true),       # "true"
    provider::vertiform::tostring(["a", 1]),   # "[\"a\",1]"
  ]
}
