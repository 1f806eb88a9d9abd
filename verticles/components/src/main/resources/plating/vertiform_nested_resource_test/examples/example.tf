# Nested list, set and single blocks with dynamic attributes.
resource "vertiform_nested_resource_test" "app" {
  resource_name = "my_app"

  configuration = {
    replicas = 3
    enabled  = true
    tags     = ["web", "api"]
  }

  nested_configs {
    service  = "web"
    port     = 80
    protocol = "http"
  }

  nested_configs {
    service     = "api"
    port        = 443
    protocol    = "https"
    ssl_enabled = true
  }

  tag {
    key   = "team"
    value = "platform"
  }

  settings {
    mode  = "fast"
    extra = { zone = "eu-1" }
  }
}

output "endpoints" {
  value = vertiform_nested_resource_test.app.nested_configs[*].endpoint
}

output "summary" {
  value = vertiform_nested_resource_test.app.summary
}
