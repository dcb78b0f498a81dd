// Sammen's PocketBase: the official server with the JS migrations and hooks plugin
// and the migrate command, as in PocketBase's examples/base. Schema and rules live
// only in pb_migrations; server-side behaviour lives in small pb_hooks.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
	"path/filepath"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/plugins/jsvm"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
)

func main() {
	app := pocketbase.New()

	var migrationsDir, hooksDir string
	var hooksPool int
	app.RootCmd.PersistentFlags().StringVar(&migrationsDir, "migrationsDir", defaultDir("pb_migrations"), "the directory with the JS migrations")
	app.RootCmd.PersistentFlags().StringVar(&hooksDir, "hooksDir", defaultDir("pb_hooks"), "the directory with the JS hooks")
	// As in PocketBase's examples/base. Left at 0, every hook call built a new JS VM
	// with all its bindings and modules: most of a write's CPU time (issue 12).
	app.RootCmd.PersistentFlags().IntVar(&hooksPool, "hooksPool", 25, "the number of JS VMs kept warm for the hooks")
	app.RootCmd.ParseFlags(os.Args[1:])

	jsvm.MustRegister(app, jsvm.Config{
		MigrationsDir: migrationsDir,
		HooksDir:      hooksDir,
		HooksWatch:    false,
		HooksPoolSize: hooksPool,
	})

	// Changes of learner-centred collections go to their recipients only (fanout.go).
	bindRealtimeFanout(app)

	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangJS,
		Dir:          migrationsDir,
		// Schema changes are written by hand as migrations, never by clicking in the dashboard.
		Automigrate: false,
	})

	// For benchmarks only: Go's profiler on a loopback port (never set in production).
	if addr := os.Getenv("SAMMEN_PPROF_ADDR"); addr != "" {
		go func() { log.Println(http.ListenAndServe(addr, nil)) }()
	}

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// defaultDir resolves a folder beside the binary, so the binary finds its
// migrations and hooks whatever the working directory is.
func defaultDir(name string) string {
	exe, err := os.Executable()
	if err != nil {
		return name
	}
	return filepath.Join(filepath.Dir(exe), name)
}
