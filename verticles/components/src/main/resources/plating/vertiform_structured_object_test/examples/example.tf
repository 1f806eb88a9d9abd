data "vertiform_structured_object_test" "example" {
  config_name = "api"
  metadata = {
    owner = "platform"
    tier  = "gold"
  }
}

output "settings" {
  value = data.vertiform_structured_object_test.example.generated_config.settings # { owner = "processed_platform", ... }
}

output "key_count" {
  value = data.vertiform_structured_object_test.example.summary.total_keys
}
