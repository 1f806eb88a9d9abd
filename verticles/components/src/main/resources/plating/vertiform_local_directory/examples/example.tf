# A private work directory; parents are created. Destroy removes it only when it is empty.
resource "vertiform_local_directory" "cache" {
  path        = "build/cache"
  permissions = "0750"
}

resource "vertiform_file_content" "marker" {
  filename = "${vertiform_local_directory.cache.id}/README"
  content  = "Scratch space; safe to delete.\n"
}

output "cache_entries" {
  value = vertiform_local_directory.cache.file_count
}
