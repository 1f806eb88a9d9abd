resource "vertiform_policy" "p" {
  document = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = "arn:aws:s3:::bucket/*"
      },
    ]
  })
  weird_keys = {
    (var.project) = 1
    "quoted"      : 2
  }
}
