package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import java.util.List;

/** hadolint's rules that BuildKit has no check for, by hadolint's ids, in the order of the ids. */
final class HadolintRules {
  private HadolintRules() {}

  static List<Rule> all() {
    return List.of(
        new WorkdirAbsolute(),
        new LastUserRoot(),
        new WorkdirInsteadOfCd(),
        new NoSudo(),
        new ImageTagged(),
        new ImageNotLatest(),
        new AptGetPinVersions(),
        new AptListsDeleted(),
        new AddForArchives(),
        new ExposePortRange(),
        new PipPinVersions(),
        new AptGetYes(),
        new AptGetNoInstallRecommends(),
        new NpmPinVersions(),
        new ApkPinVersions(),
        new ApkNoCache(),
        new CopyInsteadOfAdd(),
        new CopyMultipleSources(),
        new CopyFromKnownStage(),
        new CopyFromOwnStage(),
        new AptGetInsteadOfApt(),
        new PipNoCacheDir(),
        new EnvSelfReference(),
        new CopyRelativeDestination(),
        new UseraddNoLogInit(),
        new WgetProgress(),
        new HealthcheckMissing(),
        new ConsecutiveRuns(),
        new YarnCacheClean(),
        new WgetOrCurl(),
        new ShellInsteadOfLink(),
        new PipefailBeforePipe());
  }
}
