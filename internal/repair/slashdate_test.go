package repair

import "testing"

func TestSlashDate(t *testing.T) {
	for in, want := range map[string]string{
		"1411012020": "14/10/2020", // 14 1 10 1 2020: the only valid reading
		"291311999":  "29/3/1999",  // 2/91 and 291 are no day and month
		"91112018":   "9/1/2018",
		"20/812023":  "20/8/2023", // one slash survived
		"2018/2020":  "20/8/2020",
		"311112020":  "", // 3/11 and 31/1: two dates, unsure
		"301322020":  "", // "2" before the year is no separator
		"123456789":  "", // no year
		"311412021":  "", // 31 April is no day, nor is month 14
		"1234567890": "",
	} {
		got, _, ok := slashDate(in)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("slashDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// A date whose slashes a legacy engine read as 1 is written back as a date
// after "ngày", alone, glued to the next word or with one slash left; a
// long number elsewhere, an unsure date, or correct text stay as they are.
func TestSlashDateRepairs(t *testing.T) {
	legacy := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, legacy, map[string]string{
		"Hội nghị họp vào ngày 1411012020 tại hội trường.\n":    "Hội nghị họp vào ngày 14/10/2020 tại hội trường.\n",
		"Hồ sơ nộp trước ngày 20/812023 tại bộ phận một cửa.\n": "Hồ sơ nộp trước ngày 20/8/2023 tại bộ phận một cửa.\n",
		"Thời hạn từ ngày 91112018đến hết năm.\n":               "Thời hạn từ ngày 9/1/2018 đến hết năm.\n",
		"Quyết định có hiệu lực kể từ ngày 11112024.\n":         "Quyết định có hiệu lực kể từ ngày 1/1/2024.\n",
		"Số tài khoản 1411012020 mở tại ngân hàng.\n":           "Số tài khoản 1411012020 mở tại ngân hàng.\n",
		"Hội nghị họp vào ngày 311112020 tại hội trường.\n":     "Hội nghị họp vào ngày 311112020 tại hội trường.\n",
	})
	clean := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, clean, map[string]string{
		"Hội nghị họp vào ngày 1411012020 tại hội trường.\n": "Hội nghị họp vào ngày 1411012020 tại hội trường.\n",
	})
}
