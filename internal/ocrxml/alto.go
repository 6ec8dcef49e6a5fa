package ocrxml

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// ALTO 4.4's namespace and schema location.
const (
	altoNS     = "http://www.loc.gov/standards/alto/ns-v4#"
	altoSchema = "http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd"
)

type altoDoc struct {
	XMLName        xml.Name        `xml:"alto"`
	NS             string          `xml:"xmlns,attr"`
	XSI            string          `xml:"xmlns:xsi,attr"`
	SchemaLocation string          `xml:"xsi:schemaLocation,attr"`
	Version        string          `xml:"SCHEMAVERSION,attr"`
	Description    altoDescription `xml:"Description"`
	Pages          []altoPage      `xml:"Layout>Page"`
}

type altoDescription struct {
	Unit       string         `xml:"MeasurementUnit"`
	FileName   string         `xml:"sourceImageInformation>fileName,omitempty"`
	Processing altoProcessing `xml:"Processing"`
}

type altoProcessing struct {
	ID       string `xml:"ID,attr"`
	Software string `xml:"processingSoftware>softwareName"`
}

type altoPage struct {
	ID         string         `xml:"ID,attr"`
	Number     int            `xml:"PHYSICAL_IMG_NR,attr"`
	Width      int            `xml:"WIDTH,attr"`
	Height     int            `xml:"HEIGHT,attr"`
	PrintSpace altoPrintSpace `xml:"PrintSpace"`
}

type altoPrintSpace struct {
	altoBox
	Blocks []altoBlock `xml:"TextBlock"`
}

// altoBox is ALTO's position and size of an element, in MeasurementUnit.
type altoBox struct {
	HPos   int `xml:"HPOS,attr"`
	VPos   int `xml:"VPOS,attr"`
	Width  int `xml:"WIDTH,attr"`
	Height int `xml:"HEIGHT,attr"`
}

type altoBlock struct {
	ID string `xml:"ID,attr"`
	altoBox
	Lang  string     `xml:"LANG,attr"`
	Lines []altoLine `xml:"TextLine"`
}

type altoLine struct {
	ID string `xml:"ID,attr"`
	altoBox
	Items []any // altoString and altoSpace, in order
}

type altoString struct {
	XMLName xml.Name `xml:"String"`
	ID      string   `xml:"ID,attr"`
	altoBox
	Content string `xml:"CONTENT,attr"`
	WC      string `xml:"WC,attr"`
}

type altoSpace struct {
	XMLName xml.Name `xml:"SP"`
}

func toALTOBox(b Box) altoBox { return altoBox{b.X0, b.Y0, b.width(), b.height()} }

// WriteALTO writes d as ALTO 4.4 to w: positions in pixels, word
// confidence (WC) 0–1, a SP between the words of a line.
func WriteALTO(w io.Writer, d *Document) error {
	doc := altoDoc{
		NS: altoNS, XSI: "http://www.w3.org/2001/XMLSchema-instance", SchemaLocation: altoSchema, Version: "4.4",
		Description: altoDescription{Unit: "pixel", FileName: d.Source, Processing: altoProcessing{ID: "vidoc", Software: "vidoc"}},
	}
	for pi, p := range d.Pages {
		ap := altoPage{ID: fmt.Sprintf("p%d", pi+1), Number: pi + 1, Width: p.Width, Height: p.Height}
		ap.PrintSpace.altoBox = altoBox{0, 0, p.Width, p.Height}
		for bi, b := range p.Blocks {
			ab := altoBlock{ID: fmt.Sprintf("p%d_b%d", pi+1, bi+1), altoBox: toALTOBox(b.Box), Lang: d.lang()}
			for li, l := range b.Lines {
				al := altoLine{ID: fmt.Sprintf("%s_l%d", ab.ID, li+1), altoBox: toALTOBox(l.Box)}
				for wi, word := range l.Words {
					if wi > 0 {
						al.Items = append(al.Items, altoSpace{})
					}
					al.Items = append(al.Items, altoString{
						ID: fmt.Sprintf("%s_w%d", al.ID, wi+1), altoBox: toALTOBox(word.Box), Content: word.Text,
						WC: strconv.FormatFloat(clamp(word.Confidence/100), 'f', 2, 64),
					})
				}
				if len(al.Items) > 0 {
					ab.Lines = append(ab.Lines, al)
				}
			}
			if len(ab.Lines) > 0 {
				ap.PrintSpace.Blocks = append(ap.PrintSpace.Blocks, ab)
			}
		}
		doc.Pages = append(doc.Pages, ap)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing ALTO: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func clamp(x float64) float64 { return min(1, max(0, x)) }
