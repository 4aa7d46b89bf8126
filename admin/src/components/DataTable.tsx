import type * as React from 'react';
import { Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';

interface DataTableProps {
  headers: string[];
  /** How many rows the body has (the header row is counted on top). */
  rowCount: number;
  /** The body's rows. */
  children: React.ReactNode;
}

/** A table with a row of column headers. */
export const DataTable = ({ headers, rowCount, children }: DataTableProps) => (
  <Table colCount={headers.length} rowCount={rowCount + 1}>
    <Thead>
      <Tr>
        {headers.map((header) => (
          <Th key={header}>
            <Typography variant="sigma" textColor="neutral600">
              {header}
            </Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>{children}</Tbody>
  </Table>
);
