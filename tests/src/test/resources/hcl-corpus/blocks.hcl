# A plain HCL configuration, not Terraform.
service "http" "web" {
  listen_addr = "127.0.0.1:8080"

  process "main" {
    command = ["/usr/local/bin/awesome-app", "server"]
  }

  process "mgmt" {
    command = ["/usr/local/bin/awesome-app", "mgmt"]
  }
}

empty {}
single { value = "on one line" }

/* a block comment
   spanning lines */
// and a line comment
settings {
  timeout  = 30 # seconds
  ratio    = 0.75
  enabled  = true
  nothing  = null
  list     = [
    "one",
    "two",
  ]
  map = {
    key1 = "value1"
    "key 2" = "value2"
  }
}
