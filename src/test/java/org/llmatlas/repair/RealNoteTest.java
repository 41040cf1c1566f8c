package org.llmatlas.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The one really damaged note, repaired with a model of the four clean notes. */
class RealNoteTest {
    @Test
    void repairsTheRealLectureNoteToReadableKorean() {
        Repairer repairer = Repairer.trainedOn(new ArrayList<>(Notes.clean().values()));
        RepairResult result = repairer.repair(Notes.read(Notes.DAMAGED));
        System.out.println("lecture-09-current-trends.md\n" + result.report());

        assertThat(result.damaged()).isTrue();
        assertThat(result.codePage()).isEqualTo("windows-1254");
        assertThat(result.text()).contains("# Lecture 9: Current Trends in LLMs", "강의 개요",
                "강의 목표", "강의 구성", "전체 코스 복습", "수고하셨습니다");
        assertThat(result.text()).doesNotContain("ê°", "ì", "ë");
        long fffd = result.text().codePoints().filter(c -> c == RepairResult.REPLACEMENT).count();
        assertThat(fffd).isEqualTo(result.unresolved().size()).isLessThanOrEqualTo(5);
        assertThat(result.repairedSequences()).isGreaterThan(900);
        assertThat(result.confidence()).isBetween(0.95, 1.0);
        assertThat(new Detector().detect(result.text()).damaged()).isFalse();
    }
}
