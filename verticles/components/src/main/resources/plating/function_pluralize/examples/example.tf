locals {
  files    = 5
  children = 3
}

output "files" {
  value = "${local.files} ${provider::vertiform::pluralize("file", local.files)}" # "5 files"
}

output "children" {
  value = "${local.children} ${provider::vertiform::pluralize("child", local.children, "children")}"
}
