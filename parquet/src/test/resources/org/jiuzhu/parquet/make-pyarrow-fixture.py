"""Makes pyarrow-style.parquet with pandas and pyarrow themselves (default options).

The committed file was written by PyarrowStyleFixture.java (parquet-java, the same encodings)
because pyarrow could not be installed where it was made. With pandas and pyarrow installed:
    python3 make-pyarrow-fixture.py pyarrow-style.parquet
"""
import sys
from datetime import date
from decimal import Decimal

import pandas as pd
import pyarrow as pa

money = pa.decimal128(18, 2)
rows = [
    dict(household="h1", order=1, member="m1", weight=2.0, region="620825", relationship="APPLICANT", birthDate=date(1950, 3, 2),
         hukou="RURAL", workStatus="NOT_WORKING", residentsPension=Decimal("143.00"), hasVehicle=False, homes=1, homeArea="60.5",
         deposits=Decimal("8000.00")),
    dict(household="h1", order=2, member="m2", relationship="SPOUSE", birthDate=date(1952, 7, 19), hukou="RURAL",
         workStatus="NOT_WORKING", residentsPension=Decimal("143.00"), disabilityCategory="PHYSICAL", disabilityGrade=2,
         selfCareFailed=4, carePlacement="HOME"),
    dict(household="h2", order=1, member="m1", weight=1.0, region="620825", relationship="APPLICANT", birthDate=date(1985, 11, 30),
         hukou="URBAN", workStatus="EMPLOYED", wages=Decimal("2500.50"), hasVehicle=True, vehicleValue=Decimal("0.00"), homes=1,
         homeArea="45"),
    dict(household="h3", order=1, member="m1", weight=1234.5678, region="620825", relationship="APPLICANT", birthDate=date(1990, 1, 1),
         hukou="URBAN", workStatus="UNEMPLOYED", homes=0, hasVehicle=False),
]
schema = pa.schema([("household", pa.string()), ("order", pa.int64()), ("member", pa.string()), ("weight", pa.float64()),
                    ("region", pa.string()), ("relationship", pa.string()), ("birthDate", pa.date32()), ("hukou", pa.string()),
                    ("disabilityCategory", pa.string()), ("disabilityGrade", pa.int64()), ("selfCareFailed", pa.int64()),
                    ("workStatus", pa.string()), ("wages", money), ("residentsPension", money), ("deposits", money),
                    ("hasVehicle", pa.bool_()), ("vehicleValue", money), ("homes", pa.int64()), ("homeArea", pa.string()),
                    ("carePlacement", pa.string()), ("business", money), ("property", money), ("transfers", money),
                    ("medicalSpending", money), ("majorIllness", pa.bool_()), ("chronicIllness", pa.bool_()),
                    ("schooling", pa.string()), ("supporterBirthDate", pa.date32()), ("supporterIncome", money),
                    ("supporterAssetsWithinRules", pa.bool_()), ("supporterConditions", pa.string())])
# a fractional survey weight is a pandas float64 column: pyarrow writes it as DOUBLE
table = pa.Table.from_pylist(rows, schema=schema)
table.to_pandas(types_mapper=pd.ArrowDtype).to_parquet(sys.argv[1])
