output "csv" {
  value = provider::vertiform::join(",", ["a", "b", "c"]) # "a,b,c"
}

output "mixed" {
  value = provider::vertiform::join("-", ["v", 2, true]) # "v-2-true"
}
