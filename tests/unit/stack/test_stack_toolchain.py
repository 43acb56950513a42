import pytest

from eventwatch.stack.toolchain import ToolMissing, find_toolchain, java_major


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "25" 2025-09-16', 25),
        ('java version "1.8.0_392"', 8),
        ("no version here", None),
    ],
)
def test_java_major_reads_java_version_output(output, major):
    assert java_major(output) == major


def test_missing_java_home_is_a_clear_error(tmp_path):
    with pytest.raises(ToolMissing, match="no java at .*EVENTWATCH_JAVA_HOME"):
        find_toolchain(str(tmp_path))


def test_too_old_java_is_refused(tmp_path):
    fake = tmp_path / "bin" / "java"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'java version \"1.8.0_392\"' >&2\n")
    fake.chmod(0o755)
    with pytest.raises(ToolMissing, match="Java 8; the local stack needs Java 17"):
        find_toolchain(str(tmp_path))
