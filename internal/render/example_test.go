package render_test

import (
	"fmt"

	"github.com/vidoc/vidoc/internal/render"
)

func ExamplePages() {
	opts := render.DefaultOptions()
	opts.DPI = 150
	pages, err := render.Pages("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\f Trang hai", opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, p := range pages {
		fmt.Printf("page %d: %d × %d px\n", i+1, p.Bounds().Dx(), p.Bounds().Dy())
	}
	// Output:
	// page 1: 1240 × 1754 px
	// page 2: 1240 × 1754 px
}
