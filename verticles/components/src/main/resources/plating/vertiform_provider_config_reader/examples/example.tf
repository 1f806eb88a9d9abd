provider "vertiform" {
  api_endpoint = "https://api.example.com"
  api_token    = var.api_token
  api_retries  = 2
}

variable "api_token" {
  type      = string
  sensitive = true
}

data "vertiform_provider_config_reader" "current" {}

output "effective_endpoint" {
  value = data.vertiform_provider_config_reader.current.api_endpoint
}

output "effective_timeout_seconds" {
  value = data.vertiform_provider_config_reader.current.api_timeout # 30 unless set
}
