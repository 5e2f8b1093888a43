/**
 * The start-up machinery: what makes a short run of qorgan fast, kept apart from what qorgan does.
 * The bundled guide's build-time snapshot ({@link kz.citizensec.qorgan.startup.GuideSnapshot}, its
 * {@link kz.citizensec.qorgan.startup.SnapshotWriter} and {@link kz.citizensec.qorgan.startup.SnapshotReader}
 * side by side; {@link kz.citizensec.qorgan.startup.GuideSnapshotWriter} run by the build) and its
 * reading once per process ({@link kz.citizensec.qorgan.startup.BundledGuide}); the warm-up thread
 * ({@link kz.citizensec.qorgan.startup.WarmUp}), which takes a command's first steps on the second
 * core, told by the command line what it guessed from the arguments; the system clock without
 * java.time's zone rules ({@link kz.citizensec.qorgan.startup.SystemClock}). Only {@code cli} uses
 * this package. The launcher's rehearsal for its AppCDS archives ({@code cli.Rehearsal}) is an
 * entry point that runs {@code cli.Main}, so it lives beside it. bench/README.md says what each
 * part gave, in milliseconds.
 *
 * <p>A rule for all start-up code, and for the interview's and the plan's first steps: no record
 * {@code equals}, {@code hashCode} or {@code toString} on the way. A record's first call to one of
 * them builds its method handles, a cost a short run notices; compare ids and strings, and key
 * caches by strings, instead. {@code StartUpPathTest} checks that a first question and a plan
 * never start that machinery.
 */
package kz.citizensec.qorgan.startup;
