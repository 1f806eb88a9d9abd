provider "vertiform" {
  api_endpoint = "https://api.example.com/v1"
  api_timeout  = 10
  api_headers = {
    "Accept" = "application/json"
  }
}

# Relative URL: requested as https://api.example.com/v1/status
data "vertiform_http_api" "status" {
  url = "status"
}

# Absolute URL with its own method, headers, body and timeout.
data "vertiform_http_api" "search" {
  url     = "https://search.example.com/query"
  method  = "POST"
  headers = { "Content-Type" = "application/json" }
  body    = jsonencode({ q = "terraform" })
  timeout = 5

  lifecycle {
    postcondition {
      condition     = self.status_code == 200
      error_message = "search failed: ${coalesce(self.error_message, "no error message")}"
    }
  }
}

output "status" {
  value = jsondecode(data.vertiform_http_api.status.response_body)
}
