/**
 * `npm run bench`: every benchmark, each printing ratios against a baseline measured in the same
 * run (never absolute thresholds that flake). Run one section with `npm run bench -- load`.
 */
import { runCostsBench } from './costs.ts';
import { runEcaBench } from './eca.ts';
import { runLoadBench } from './load.ts';
import { runMatrixBench } from './matrix.ts';
import { runMemoryBench } from './memory.ts';
import { runPlannerBench } from './planner.ts';
import { runPortsBench } from './ports.ts';
import { runRoutingBench } from './routing.ts';
import { runVoyagesBench } from './voyages.ts';

const SECTIONS: Record<string, () => Promise<string[]>> = {
  load: runLoadBench,
  routing: runRoutingBench,
  voyages: runVoyagesBench,
  matrix: runMatrixBench,
  planner: runPlannerBench,
  ports: runPortsBench,
  costs: runCostsBench,
  eca: runEcaBench,
  memory: runMemoryBench,
};

const wanted = process.argv.slice(2).filter((a) => a in SECTIONS);
for (const [name, run] of Object.entries(SECTIONS)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  console.log((await run()).join('\n'));
}
