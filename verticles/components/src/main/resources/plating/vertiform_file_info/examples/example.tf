# Relative paths are resolved against the directory terraform runs in.
data "vertiform_file_info" "config" {
  path = "config/settings.json"
}

output "config_present" {
  value = data.vertiform_file_info.config.exists
}

output "config_details" {
  value = data.vertiform_file_info.config.exists ? {
    size        = data.vertiform_file_info.config.size
    modified    = data.vertiform_file_info.config.modified_time
    permissions = data.vertiform_file_info.config.permissions
    mime_type   = data.vertiform_file_info.config.mime_type
  } : null
}
