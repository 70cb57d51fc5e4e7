package corpus

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// maxMetaDepth bounds the nesting of metadata values.
const maxMetaDepth = 64

// jsonValue converts v, as decoded from YAML, TOML or JSON, to a
// JSON-compatible value: string, float64, bool, nil, []any or
// map[string]any. Times become "2006-01-02" when they have no time of
// day, RFC 3339 otherwise. Values that JSON cannot hold (NaN, infinities,
// byte strings, ...) become strings.
func jsonValue(v any) any { return jsonValueDepth(v, 0) }

func jsonValueDepth(v any, depth int) any {
	if depth > maxMetaDepth {
		return nil
	}
	switch x := v.(type) {
	case nil, string, bool:
		return x
	case float64:
		return jsonFloat(x)
	case float32:
		return jsonFloat(float64(x))
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case uint64:
		return float64(x)
	case json.Number:
		if f, err := x.Float64(); err == nil {
			return jsonFloat(f)
		}
		return x.String()
	case time.Time:
		return formatTime(x)
	case []byte:
		return string(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValueDepth(e, depth+1)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValueDepth(e, depth+1)
		}
		return out
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[keyString(k)] = jsonValueDepth(e, depth+1)
		}
		return out
	}
	// Other kinds of numbers, slices and maps (TOML arrays of tables are
	// []map[string]any, for instance).
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return jsonFloat(rv.Float())
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	case reflect.Slice, reflect.Array:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = jsonValueDepth(rv.Index(i).Interface(), depth+1)
		}
		return out
	case reflect.Map:
		out := make(map[string]any, rv.Len())
		it := rv.MapRange()
		for it.Next() {
			out[keyString(it.Key().Interface())] = jsonValueDepth(it.Value().Interface(), depth+1)
		}
		return out
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
		return jsonValueDepth(rv.Elem().Interface(), depth+1)
	}
	return fmt.Sprint(v)
}

func jsonFloat(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return f
}

func keyString(k any) string {
	switch x := k.(type) {
	case string:
		return x
	case nil:
		return "null"
	}
	if s, ok := jsonValue(k).(string); ok {
		return s
	}
	if f, ok := jsonValue(k).(float64); ok {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return fmt.Sprint(k)
}

// formatTime formats a date without a time of day as "2006-01-02", and a
// date with one as RFC 3339. A TOML local date-time, which has no zone,
// is formatted without an offset.
func formatTime(t time.Time) string {
	loc := t.Location().String()
	if loc == "date-local" || (t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 && t.Location() == time.UTC) {
		return t.Format(time.DateOnly)
	}
	switch loc {
	case "datetime-local":
		return t.Format("2006-01-02T15:04:05.999999999")
	case "time-local":
		return t.Format("15:04:05.999999999")
	}
	return t.Format(time.RFC3339Nano)
}

// normalizeDate returns s as "2006-01-02" or RFC 3339 when it is a date
// in a common form, and s unchanged otherwise.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", time.DateOnly} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		switch layout {
		case time.RFC3339Nano:
			return t.Format(time.RFC3339Nano)
		case time.DateOnly:
			return t.Format(time.DateOnly)
		}
		return t.Format("2006-01-02T15:04:05")
	}
	return s
}
