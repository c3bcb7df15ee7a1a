package org.jiuzhu.benchmarks.comparison;

import java.util.List;

/**
 * One household as a user would hold it for the three compared rules (低保, 低保边缘, 单人户): plain
 * fields, built once from the same {@code Household}. Every member is counted (the pool has no
 * absent members), so there is no per-member counting flag.
 */
public final class PlainHousehold {
  /** Position in the pool: where the results go. */
  public final int index;
  public final String id;
  /** The thresholds of the household's region and the applicant's hukou type. */
  public final RegionRules rules;
  public final PlainPerson[] persons;
  /** The same members as a list, for Drools' {@code from}. */
  public final List<PlainPerson> personList;
  /** Financial assets of the household, in fen. */
  public final long financialFen;
  public final PlainVehicle[] vehicles;
  public final int homes;
  /** Floor area of all homes, in hundredths of m². */
  public final long homeAreaCenti;
  /** Non-residential property other than the only dwelling. */
  public final int nonResidential;
  public final int activeBusinesses;
  /** Active individual businesses (个体工商户) without employees. */
  public final int activeMicroBusinesses;
  /** Medical and rehabilitation spending net of grants, by month back over the window, in fen. */
  public final long[] medicalFen;

  public PlainHousehold(int index, String id, RegionRules rules, PlainPerson[] persons, long financialFen, PlainVehicle[] vehicles,
      int homes, long homeAreaCenti, int nonResidential, int activeBusinesses, int activeMicroBusinesses, long[] medicalFen) {
    this.index = index;
    this.id = id;
    this.rules = rules;
    this.persons = persons;
    this.personList = List.of(persons);
    this.financialFen = financialFen;
    this.vehicles = vehicles;
    this.homes = homes;
    this.homeAreaCenti = homeAreaCenti;
    this.nonResidential = nonResidential;
    this.activeBusinesses = activeBusinesses;
    this.activeMicroBusinesses = activeMicroBusinesses;
    this.medicalFen = medicalFen;
  }

  public int getMembers() {
    return persons.length;
  }

  public List<PlainPerson> getPersonList() {
    return personList;
  }

  public int getIndex() {
    return index;
  }

  public RegionRules getRules() {
    return rules;
  }
}
