package repair

import "testing"

// In damaged text a word glued after a comma, semicolon or colon that
// follows a word, or after the dash opening a list item, is written after
// a space; a dash inside a line and correct text are left as they were.
func TestSpaceAfterGluedPunct(t *testing.T) {
	legacy := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, legacy, map[string]string{
		"Giám đốc các sở,ngành và Chủ tịch Ủy ban nhân dân các huyện.\n": "Giám đốc các sở, ngành và Chủ tịch Ủy ban nhân dân các huyện.\n",
		"Căn cứ Luật Đất đai;Căn cứ Nghị định của Chính phủ.\n":          "Căn cứ Luật Đất đai; Căn cứ Nghị định của Chính phủ.\n",
		"-Tại khoản 5 Điều 3 quy định như sau.\n":                        "- Tại khoản 5 Điều 3 quy định như sau.\n",
		"Phát triển kinh tế -xã hội của tỉnh.\n":                         "Phát triển kinh tế -xã hội của tỉnh.\n",
	})
	clean := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, clean, map[string]string{
		"Giám đốc các sở,ngành và Chủ tịch Ủy ban nhân dân các huyện.\n": "Giám đốc các sở,ngành và Chủ tịch Ủy ban nhân dân các huyện.\n",
		"-Tại khoản 5 Điều 3 quy định như sau.\n":                        "-Tại khoản 5 Điều 3 quy định như sau.\n",
	})
}
